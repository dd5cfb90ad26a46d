node_modules/
cdktf.out/
# Terraform state holds secrets: keep it in a remote backend (state.ts), never in Git.
*.tfstate
*.tfstate.*
.terraform/
coverage/
