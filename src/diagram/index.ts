// Pictures of the models: Mermaid flowcharts of pipelines and outlines of workflow forms, as Markdown. No cdktf.
export { type PipelineDiagramOptions, pipelineDiagram, pipelineDocumentDiagram } from './pipeline-diagram';
export { workflowDocumentOutline, workflowOutline } from './workflow-outline';
