// Until the editor has loaded (seconds, on a slow machine), the code on the
// page is the highlighted HTML written at build time. It looks editable, so
// it is: the browser's own plain-text editing takes what the learner types,
// and when the editor arrives it starts from that text, with the cursor
// where it was. Nothing typed in between is lost.

export interface EarlyText {
  code: string;
  /** Where the caret was (1-based), if it was in the code. */
  line: number;
  column: number;
}

export class EarlyEdit {
  private readonly pre: HTMLElement | null;

  /**
   * @param container the element holding the highlighted `pre`
   * @param shown the code it shows
   * @param label what a screen reader calls it
   */
  constructor(
    container: HTMLElement,
    private readonly shown: string,
    label: string,
  ) {
    this.pre = container.querySelector("pre");
    if (this.pre === null) return;
    this.pre.contentEditable = "plaintext-only";
    this.pre.spellcheck = false;
    this.pre.setAttribute("autocapitalize", "off");
    this.pre.setAttribute("autocorrect", "off");
    this.pre.setAttribute("role", "textbox");
    this.pre.setAttribute("aria-multiline", "true");
    this.pre.setAttribute("aria-label", label);
  }

  /** The code as typed so far, or null while it is what was shown. */
  text(): string | null {
    if (this.pre === null) return null;
    const typed = this.pre.innerText.replace(/\n$/, "");
    if (typed.trimEnd() === this.shown.trimEnd()) return null;
    return this.shown.endsWith("\n") && !typed.endsWith("\n") ? `${typed}\n` : typed;
  }

  /** The typed code and the caret's place in it, or null while nothing was typed. */
  take(): EarlyText | null {
    const code = this.text();
    if (code === null || this.pre === null) return null;
    let offset = code.length;
    const selection = getSelection();
    if (selection !== null && selection.rangeCount > 0 && this.pre.contains(selection.focusNode)) {
      // A mark at the caret, read back as the text is: the browser may have
      // written a typed line break as <br>, which a range's text leaves out.
      const mark = document.createTextNode("\u2063");
      const at = document.createRange();
      at.setStart(selection.focusNode!, selection.focusOffset);
      at.insertNode(mark);
      offset = Math.min(this.pre.innerText.indexOf("\u2063"), code.length);
      mark.remove();
    }
    const lines = code.slice(0, offset).split("\n");
    return { code, line: lines.length, column: lines.at(-1)!.length + 1 };
  }
}
