// Pictures of the models: Mermaid flowcharts of pipelines and outlines of workflow forms, as Markdown. No cdktf.
export * from './pipeline-diagram';
export * from './workflow-outline';
