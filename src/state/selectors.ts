// Named, module-level selectors (STYLE.md §4, xyflow style). Selectors that build a new object
// (selectCounts) must be read through useShallow, or React loops (STACK.md §8).
import type { Cluster, Diagnostic } from '../engine/index';
import { countObjects, shownNamespaces, type ObjectCounts } from './builtins';
import { fileText } from './slices/editorSlice';
import { isTooLarge } from './graphLimit';
import { memoLast, summarize, type ClusterSummary } from './summary';
import { resolveTheme } from './slices/themeSlice';
import type { AppState } from './store';

const NO_DIAGNOSTICS: Diagnostic[] = [];
const NO_NAMES: string[] = [];

export const selectFiles = (s: AppState) => s.files;
export const selectActiveFile = (s: AppState) => s.activeFile;
export const selectActiveText = (s: AppState): string => fileText(s.files, s.activeFile);
export const selectRev = (s: AppState) => s.rev;
export const selectStatus = (s: AppState) => s.status;
export const selectMs = (s: AppState) => s.ms;
export const selectError = (s: AppState) => s.error;
export const selectResultRev = (s: AppState) => s.resultRev;
export const selectCluster = (s: AppState): Cluster | null => s.result?.cluster ?? null;
export const selectDiagnostics = (s: AppState): Diagnostic[] =>
  s.result?.cluster.diagnostics ?? NO_DIAGNOSTICS;
export const selectEngineDiagnostics = (s: AppState) => s.engineDiagnostics;
export const selectShowBuiltins = (s: AppState) => s.showBuiltins;
export const selectSelected = (s: AppState) => s.selected;
export const selectReveal = (s: AppState) => s.reveal;
export const selectSplit = (s: AppState) => s.split;
/** True while the text has changed since the result shown was computed. */
export const selectIsStale = (s: AppState) => s.result !== null && s.resultRev !== s.rev;
const countsOf = memoLast(countObjects);
/** The same object until the analysis or the built-ins setting changes (read it through useShallow all the same). */
export const selectCounts = (s: AppState): ObjectCounts =>
  countsOf(s.result?.cluster ?? null, s.showBuiltins);

export const selectTrace = (s: AppState) => s.trace;
export const selectDns = (s: AppState) => s.dns;
export const selectMatrix = (s: AppState) => s.matrix;
export const selectPanelTab = (s: AppState) => s.panelTab;
export const selectPolicy = (s: AppState) => s.policy;
/** The graph's policy view is on while its query is asked (cleared: off). */
export const selectPolicyViewOn = (s: AppState) => s.policy.status !== 'idle';
export const selectGraphView = (s: AppState) => s.graphView;
/** Namespace names the graph's filter offers (shown ones: user's, or all with add-ons on). */
export const selectGraphNamespaces = (s: AppState): string[] =>
  s.result ? shownNamespaces(s.result.cluster, s.showBuiltins).map((n) => n.name) : NO_NAMES;

/** Actions, grouped for components that only dispatch (stable references, no re-render). */
export const selectSetText = (s: AppState) => s.setText;
export const selectSetFiles = (s: AppState) => s.setFiles;
export const selectSelect = (s: AppState) => s.select;
export const selectSetShowBuiltins = (s: AppState) => s.setShowBuiltins;
export const selectRevealLine = (s: AppState) => s.revealLine;
export const selectSetSplit = (s: AppState) => s.setSplit;
export const selectSetPanelTab = (s: AppState) => s.setPanelTab;
export const selectUpdateGraphView = (s: AppState) => s.updateGraphView;
export const selectSetQueryInput = (s: AppState) => s.setQueryInput;
export const selectRequestQuery = (s: AppState) => s.requestQuery;
export const selectClearQuery = (s: AppState) => s.clearQuery;
export const selectSetActiveFile = (s: AppState) => s.setActiveFile;
export const selectCni = (s: AppState) => s.settings.cni;
export const selectSetSetting = (s: AppState) => s.setSetting;

// The graph pane's summary, tables and view switch (ui/overview).
const summaryOf = memoLast(summarize);
/** What was found; the same object until the analysis or the built-ins setting changes. */
export const selectSummary = (s: AppState): ClusterSummary =>
  summaryOf(s.result?.cluster ?? null, s.engineDiagnostics, s.showBuiltins);
/** True while the graph is past the size limit and the user has not asked to draw it. */
export const selectGraphTooLarge = (s: AppState): boolean =>
  isTooLarge(selectSummary(s).graphNodes, s.graphConsent);
export const selectPaneView = (s: AppState) => s.paneView;
export const selectGraphConsent = (s: AppState) => s.graphConsent;
export const selectTableKind = (s: AppState) => s.tableKind;
export const selectTableFilter = (s: AppState) => s.tableFilter;
export const selectTableSort = (s: AppState) => s.tableSort[s.tableKind];
export const selectTablePage = (s: AppState) => s.tablePage;
export const selectSetPaneView = (s: AppState) => s.setPaneView;
export const selectConsentToGraph = (s: AppState) => s.consentToGraph;
export const selectSetTableKind = (s: AppState) => s.setTableKind;
export const selectSetTableFilter = (s: AppState) => s.setTableFilter;
export const selectSortTable = (s: AppState) => s.sortTable;
export const selectSetTablePage = (s: AppState) => s.setTablePage;

// Which files form the cluster (issue 5 item 1), and whether the text is being saved.
export const selectSetAside = (s: AppState) => s.setAside;
export const selectClusterNotice = (s: AppState) => s.clusterNotice;
export const selectIncludedCount = (s: AppState) => s.files.length - s.setAside.length;
export const selectSavedOk = (s: AppState) => s.savedOk;
export const selectSetIncluded = (s: AppState) => s.setIncluded;
export const selectIncludeAll = (s: AppState) => s.includeAll;
export const selectShowClusterNotice = (s: AppState) => s.showClusterNotice;
export const selectThemeChoice = (s: AppState) => s.themeChoice;
export const selectSetThemeChoice = (s: AppState) => s.setThemeChoice;
/** The theme in force ('light' | 'dark'): a string, so no useShallow is needed. */
export const selectTheme = (s: AppState) => resolveTheme(s.themeChoice, s.systemDark);
