/** The manager page's live status panel. */
export { ManageLivePanel, type ManageLivePanelProps } from './ManageLivePanel.js';
