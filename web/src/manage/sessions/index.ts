/** The manager page's sessions panel: past and current sessions, their transcripts and recordings (WebSocket mode) or agents (LiveKit mode). */
export { ManageSessionsPanel, type ManageSessionsPanelProps } from './ManageSessionsPanel.js';
export { LiveKitSessionsPanel, type LiveKitSessionsPanelProps } from './LiveKitSessionsPanel.js';
