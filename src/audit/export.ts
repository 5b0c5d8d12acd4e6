// Export of audit records: JSON Lines (the stored record plus its hash, re-verifiable outside
// Pavise) and OCSF 1.3 events for SIEMs.
//
// OCSF mapping (justified in docs/audit.md):
//   every record            -> API Activity (class 6003, category 6 Application Activity); a
//                              request is an API call by `actor` on `api.service`/`resources`,
//                              the verdict is the Security Control profile's `action_id` /
//                              `disposition_id`, and `policy` names the policy version.
//   each request finding    -> Detection Finding (class 2004, category 2 Findings), linked to the
//                              API Activity event through `finding_info.related_events`.
// Misses: OCSF validation against the official schema is not run here (no network); unknown
// Pavise fields go to `unmapped`. Cost: O(record size) per record. Failure mode: a record body
// that does not parse is exported as an API Activity event with `status_id` 99 and the raw hash.

import type { AuditRow } from '../store/types.js';
import type { AuditRecord, RecordFinding } from './record.js';

export const OCSF_VERSION = '1.3.0';
const PRODUCT = { name: 'Pavise', vendor_name: 'Pavise', version: '0.1.0' };

export function toJsonl(row: AuditRow): string {
  // The body is canonical JSON ending in `}`: splice the hash in without re-encoding.
  return `{"hash":"${row.hash}",${row.body.slice(1)}`;
}

// Security Control profile enums (OCSF 1.3).
const ACTION_ID: Record<string, [number, string]> = {
  allow: [1, 'Allowed'],
  block: [2, 'Denied'],
  hold: [2, 'Denied'],
  redact: [4, 'Modified'],
};
const DISPOSITION_ID: Record<string, [number, string]> = {
  allow: [1, 'Allowed'],
  block: [2, 'Blocked'],
  redact: [11, 'Corrected'],
  hold: [14, 'Delayed'],
};
const SEVERITY_ID: Record<string, [number, string]> = {
  allow: [1, 'Informational'],
  redact: [2, 'Low'],
  hold: [3, 'Medium'],
  block: [4, 'High'],
};

/** API Activity activity_id: 1 Create, 2 Read, 3 Update, 4 Delete, 99 Other. */
function activityOf(rec: AuditRecord): [number, string] {
  if (rec.kind === 'request') {
    switch (rec.action ?? '') {
      case 'tool.list':
      case 'resource.read':
      case 'prompt.get':
        return [2, 'Read'];
      case 'chat.input':
      case 'chat.output':
      case 'chat.tool_call':
      case 'tool.call':
      case 'tool.result':
        return [1, 'Create'];
      default:
        return [99, 'Other'];
    }
  }
  if (rec.kind.endsWith('.change') || rec.kind === 'approval.decided') return [3, 'Update'];
  if (rec.kind === 'audit.retention') return [4, 'Delete'];
  return [99, 'Other'];
}

function severityOfScore(score: number): [number, string] {
  if (score >= 0.9) return [4, 'High'];
  if (score >= 0.6) return [3, 'Medium'];
  if (score >= 0.3) return [2, 'Low'];
  return [1, 'Informational'];
}

export function toOcsf(row: AuditRow): Record<string, unknown>[] {
  let rec: AuditRecord;
  try {
    rec = JSON.parse(row.body) as AuditRecord;
  } catch {
    return [
      {
        class_uid: 6003,
        category_uid: 6,
        activity_id: 0,
        type_uid: 600300,
        severity_id: 0,
        time: row.time,
        status_id: 99,
        status: 'unparseable audit record',
        metadata: { version: OCSF_VERSION, product: PRODUCT, sequence: row.seq, log_name: 'pavise-audit' },
        unmapped: { hash: row.hash },
      },
    ];
  }
  const [activityId, activityName] = activityOf(rec);
  const decision = rec.verdict?.decision;
  const action = decision !== undefined ? ACTION_ID[decision] : undefined;
  const disposition = decision !== undefined ? DISPOSITION_ID[decision] : undefined;
  const severity = (decision !== undefined ? SEVERITY_ID[decision] : undefined) ?? [1, 'Informational'];
  const metadata = {
    version: OCSF_VERSION,
    product: PRODUCT,
    uid: rec.id,
    sequence: rec.seq,
    log_name: 'pavise-audit',
    ...(rec.event ? { correlation_uid: rec.event.id } : {}),
  };
  const api = {
    operation: rec.kind === 'request' ? (rec.action ?? 'unknown') : rec.kind,
    service: { name: rec.resource?.server ?? rec.surface ?? 'pavise' },
  };
  const activity: Record<string, unknown> = {
    class_uid: 6003,
    class_name: 'API Activity',
    category_uid: 6,
    category_name: 'Application Activity',
    activity_id: activityId,
    activity_name: activityName,
    type_uid: 6003 * 100 + activityId,
    severity_id: severity[0],
    severity: severity[1],
    time: rec.time,
    message: rec.verdict?.message ?? rec.kind,
    metadata,
    actor: {
      user: {
        uid: rec.principal?.id ?? 'unknown',
        ...(rec.principal?.roles ? { groups: rec.principal.roles.map((r) => ({ name: r })) } : {}),
        ...(rec.principal?.tenant !== undefined ? { org: { uid: rec.principal.tenant } } : {}),
      },
      ...(rec.session !== undefined ? { session: { uid: rec.session } } : {}),
    },
    api,
    src_endpoint: { svc_name: rec.surface ?? 'pavise' },
    ...(rec.resource ? { resources: [{ uid: rec.resource.id, type: rec.resource.kind, ...(rec.resource.labels ? { labels: [...rec.resource.labels] } : {}) }] } : {}),
    ...(action ? { action_id: action[0], action: action[1] } : {}),
    ...(disposition ? { disposition_id: disposition[0], disposition: disposition[1] } : {}),
    ...(decision !== undefined ? { status_id: decision === 'allow' || decision === 'redact' ? 1 : 2, status: decision === 'allow' || decision === 'redact' ? 'Success' : 'Failure' } : {}),
    ...(rec.verdict?.code !== undefined ? { status_code: rec.verdict.code } : {}),
    ...(rec.policyVersion !== undefined ? { policy: { uid: rec.policyVersion, name: 'pavise' } } : {}),
    unmapped: {
      hash: row.hash,
      prev: rec.prev,
      kind: rec.kind,
      ...(rec.verdict ? { reasons: rec.verdict.reasons } : {}),
      ...(rec.data !== undefined ? { data: rec.data } : {}),
      ...(rec.content ? { content: rec.content } : {}),
    },
  };
  const out: Record<string, unknown>[] = [activity];
  (rec.verdict?.findings ?? []).forEach((f: RecordFinding, i) => {
    const sev = severityOfScore(f.score);
    out.push({
      class_uid: 2004,
      class_name: 'Detection Finding',
      category_uid: 2,
      category_name: 'Findings',
      activity_id: 1,
      activity_name: 'Create',
      type_uid: 200401,
      severity_id: sev[0],
      severity: sev[1],
      time: rec.time,
      message: f.evidence,
      metadata: { ...metadata, uid: `${rec.id}/${i}` },
      finding_info: {
        uid: `${rec.id}/${i}`,
        title: `${f.detector}: ${f.kind}`,
        types: [f.detector],
        analytic: { uid: f.detector, name: f.detector, type_id: 1, type: 'Rule' },
        related_events: [{ uid: rec.id, type_uid: activity.type_uid }],
      },
      confidence_score: Math.round(f.score * 100),
      ...(action ? { action_id: action[0], action: action[1] } : {}),
      ...(disposition ? { disposition_id: disposition[0], disposition: disposition[1] } : {}),
      unmapped: { part: f.part, start: f.start, end: f.end, view: f.view, entity: f.entity, valueDigest: f.valueDigest },
    });
  });
  return out;
}
