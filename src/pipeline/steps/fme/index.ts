export * from './fme-flag-add-remove-individual-targets';
