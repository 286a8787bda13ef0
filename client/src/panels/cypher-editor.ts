import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { HighlightStyle, StreamLanguage, bracketMatching, syntaxHighlighting } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { Prec } from "@codemirror/state";
import { EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers } from "@codemirror/view";
import { tags } from "@lezer/highlight";

/** Token colours readable on the dark console background. */
const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: "#c792ea", fontWeight: "600" },
  { tag: [tags.string, tags.special(tags.string)], color: "#c3e88d" },
  { tag: tags.number, color: "#f78c6c" },
  { tag: [tags.variableName, tags.name], color: "#e6edf3" },
  { tag: [tags.typeName, tags.className, tags.labelName], color: "#ffcb6b" },
  { tag: tags.comment, color: "#6b7689", fontStyle: "italic" },
  { tag: [tags.operator, tags.punctuation], color: "#89ddff" },
  { tag: tags.atom, color: "#82aaff" },
]);

const theme = EditorView.theme(
  {
    "&": { backgroundColor: "#0b0e13", color: "#e6edf3", fontSize: "13px", height: "100%" },
    ".cm-content": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", caretColor: "#fff" },
    ".cm-gutters": { backgroundColor: "#0b0e13", color: "#4d5566", border: "none" },
    ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "#141a23" },
    "&.cm-focused .cm-selectionBackground, .cm-selectionBackground": { backgroundColor: "#264f78 !important" },
    "&.cm-focused": { outline: "none" },
  },
  { dark: true },
);

/**
 * A CodeMirror 6 editor assembled from the core packages (the `codemirror` package in our dependencies is
 * the legacy 5.x line, so no basicSetup); Ctrl/Cmd+Enter runs the query.
 */
export function createCypherEditor(
  parent: HTMLElement,
  initial: string,
  onRun: (text: string) => void,
  onChange: (text: string) => void,
): EditorView {
  return new EditorView({
    parent,
    doc: initial,
    extensions: [
      lineNumbers(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      bracketMatching(),
      keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
      StreamLanguage.define(cypher),
      syntaxHighlighting(highlight),
      theme,
      Prec.highest(keymap.of([{ key: "Mod-Enter", run: (view) => (onRun(view.state.doc.toString()), true) }])),
      EditorView.updateListener.of((update) => update.docChanged && onChange(update.state.doc.toString())),
      EditorView.contentAttributes.of({ "aria-label": "Cypher query", "data-testid": "cypher-editor" }),
    ],
  });
}

export function setEditorText(view: EditorView, text: string): void {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
