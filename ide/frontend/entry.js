// What the IDE uses from CodeMirror 6, bundled into one script: window.CM.
export { EditorState, StateEffect, StateField, Compartment } from "@codemirror/state";
export { EditorView, Decoration, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from "@codemirror/view";
export { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
export { javascript } from "@codemirror/lang-javascript";
export { syntaxHighlighting, defaultHighlightStyle, bracketMatching, indentOnInput, foldGutter, syntaxTree } from "@codemirror/language";
export { linter, lintGutter, setDiagnostics, forceLinting } from "@codemirror/lint";
export { searchKeymap, highlightSelectionMatches } from "@codemirror/search";
