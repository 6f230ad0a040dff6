import type { audit as de } from '../de/audit';

export const audit: Record<keyof typeof de, string> = {
  description: 'verifies and exports the municipality’s audit trail',
  verifyDescription: 'recomputes the audit trail’s hash chain and names the first row changed, inserted or deleted (exit code 1)',
  tenantOption: 'only this municipality (slug); without: all',
  anchorOption: 'a chain end noted earlier, “<no>:<hash>”, that must still be in the chain',
  verifyOk: '{{tenant}}: {{rows}} rows checked, the chain is intact. End of the chain: no. {{seq}}, hash {{hash}}',
  verifyEmpty: '{{tenant}}: no rows yet.',
  verifyChanged: '{{tenant}}: chain broken – row no. {{seq}} ({{action}}, {{date}}, id {{id}}) was changed or is not in its place.',
  verifyInserted: '{{tenant}}: chain broken – row {{seq}} ({{action}}, {{date}}, id {{id}}) was inserted, it is not part of the chain.',
  verifyDeleted: '{{tenant}}: chain broken – rows are missing from no. {{seq}} on (deleted).',
  verifyAnchorMissing: '{{tenant}}: the noted chain end no. {{seq}} with hash {{hash}} is no longer in the chain: rows were deleted or the chain was recomputed from there.',
  verifyAnchorOk: '{{tenant}}: the noted chain end no. {{seq}} is unchanged in the chain.',
  badAnchor: '“{{anchor}}” is not a chain end: expected “<no>:<hash>”, e.g. “1234:9f86d081…” (what “v2030 audit verify” prints).',
  unknownSeq: 'without a number',
};
