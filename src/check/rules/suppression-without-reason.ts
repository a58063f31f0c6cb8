import { draftFinding } from '../finding-drafts';
import type { CheckRule, RuleDescription } from '../rule';
import { findSuppressions, SUPPRESSION_MARKER } from '../suppressions';

const meta: RuleDescription = {
  id: 'suppression-without-reason',
  level: 'warning',
  summary: 'password-grant-codemod-ignore-next-line comment without a reason',
  help:
    "Say why the next line is allowed: '// password-grant-codemod-ignore-next-line <reason>'. " +
    'The comment still suppresses the next line, but a reason keeps the exception reviewable.',
};

/** A suppression comment that gives no reason: it still suppresses, and is itself reported. */
export const suppressionWithoutReason: CheckRule = {
  meta,
  needles: [SUPPRESSION_MARKER],
  suppressible: false,
  find(context) {
    const message = 'suppression comment without a reason: add one after the marker to say why the next line is allowed';
    return findSuppressions(context.ast.comments)
      .filter((comment) => comment.reason === '')
      .map((comment) =>
        draftFinding(context.file, meta, { loc: comment.start, endLoc: comment.end, normalizedText: comment.normalizedText }, message, false),
      );
  },
};
