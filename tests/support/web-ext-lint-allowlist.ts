// Messages of `web-ext lint` on the Firefox build that we accept, each with the reason.
// tests/support/check-web-ext-lint.ts fails on every error, and on every warning or notice
// that no entry here matches. Keep this list short: fix the cause where we can.

export interface AllowedLintMessage {
  /** The linter's message code, e.g. 'UNSAFE_VAR_ASSIGNMENT'. */
  code: string;
  /** The flagged file, relative to the build directory. */
  file: RegExp;
  /**
   * The flagged code itself: the source text starting a few characters before the reported
   * line and column must match, so that the entry cannot hide a new, different finding.
   */
  source?: RegExp;
  /** Why this message is acceptable. */
  why: string;
}

export const WEB_EXT_LINT_ALLOWLIST: readonly AllowedLintMessage[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact's renderer is bundled into a shared chunk whose name Vite derives from a module
    // (today chunks/jsxRuntime-<hash>.js); `source` pins the finding to Preact's own code.
    file: /^chunks\/[\w.-]+\.js$/,
    source: /\.innerHTML\s*=\s*[\w$]+\.__html\b/,
    why:
      "Preact's renderer applies the dangerouslySetInnerHTML prop (`el.innerHTML = value.__html`). " +
      'Our code never passes that prop: Biome forbids it (security/noDangerouslySetInnerHtml).',
  },
];
