/** The manager page's sessions panel: past and current sessions, their transcripts and recordings. */
export { ManageSessionsPanel, type ManageSessionsPanelProps } from './ManageSessionsPanel.js';
