// Admin API and metrics, as a gateway plugin.
//
//   GET  /metrics                                   Prometheus text (no content, only counts)
//   GET  /admin/approvals[?status=pending]          held calls
//   POST /admin/approvals/:id/approve | /deny       release exactly one held call, or deny it
//   GET  /admin/principals/blocked                  active blocks
//   POST /admin/principals/:id/block {seconds,reason} | /unblock
//   GET  /admin/servers/quarantined
//   POST /admin/servers/:name/quarantine {reason} | /release
//   GET  /admin/alerts[?limit=N]
//
// Every /admin route needs a Pavise key or JWT whose principal has `server.adminRole` (default
// `admin`); others get 401/403 with a `pavise_` code. Every change is an audit record naming the
// admin. Failure mode: a store error answers 500 PAVISE_INTERNAL; nothing is changed half-way
// (each change is one SQLite statement).

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PaviseError } from '../engine/errors.js';
import type { Principal } from '../engine/types.js';
import { authenticate } from '../identity/index.js';
import type { ApprovalStatus } from '../policy/approvals.js';
import type { Runtime } from '../runtime.js';
import { sendError } from './gateway.js';

const STATUSES: readonly ApprovalStatus[] = ['pending', 'approved', 'denied', 'expired', 'used'];

function str(x: unknown, max = 256): string | undefined {
  return typeof x === 'string' && x.length > 0 && x.length <= max ? x : undefined;
}

export async function registerAdminRoutes(app: FastifyInstance, runtime: Runtime): Promise<void> {
  const admins = new WeakMap<FastifyRequest, Principal>();
  app.get('/metrics', async (_request, reply) => reply.type(runtime.metrics.contentType).send(await runtime.metrics.text()));

  await app.register((scope, _opts, done) => {
    scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const principal = await authenticate(runtime, request, { allowApiKeyHeader: true });
      if (!principal.roles.includes(runtime.config.server.adminRole)) return sendError(reply, 'openai', 'PAVISE_FORBIDDEN', 'admin role required');
      admins.set(request, principal);
      return undefined;
    });
    const who = (request: FastifyRequest): string => admins.get(request)?.id ?? 'unknown';
    const audit = async (request: FastifyRequest, kind: string, resource: { kind: string; id: string }, decision: string, data: Record<string, unknown>): Promise<void> => {
      if (!runtime.audit) return;
      try {
        await runtime.audit.log.appendRecord({ kind, principal: who(request), resource, decision, data });
      } catch {
        // INVARIANT: an admin change that cannot be audited is refused (fail closed).
        throw new PaviseError('PAVISE_AUDIT_UNAVAILABLE');
      }
    };

    scope.get('/admin/approvals', async (request) => {
      const q = request.query as Record<string, unknown>;
      const status = str(q.status) as ApprovalStatus | undefined;
      if (status !== undefined && !STATUSES.includes(status)) throw new PaviseError('PAVISE_BAD_REQUEST', `status must be one of ${STATUSES.join(', ')}`);
      return { approvals: await runtime.approvals.list(status !== undefined ? { status } : {}) };
    });
    for (const verb of ['approve', 'deny'] as const) {
      scope.post(`/admin/approvals/:id/${verb}`, async (request, reply) => {
        const id = str((request.params as Record<string, unknown>).id, 128);
        if (!id) throw new PaviseError('PAVISE_BAD_REQUEST', 'approval id required');
        const existing = await runtime.approvals.get(id);
        if (!existing) return sendError(reply, 'openai', 'PAVISE_NOT_FOUND', `no approval ${id}`);
        await audit(request, 'approval.decide', { kind: 'approval', id }, verb === 'approve' ? 'approved' : 'denied', { argsHash: existing.argsHash, tool: existing.resource });
        return runtime.approvals.decide(id, verb === 'approve' ? 'approved' : 'denied', who(request));
      });
    }

    scope.get('/admin/principals/blocked', () => ({ blocked: runtime.monitorState.listBlocks(Date.now()) }));
    scope.post('/admin/principals/:id/block', async (request) => {
      const id = str((request.params as Record<string, unknown>).id);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const seconds = typeof body.seconds === 'number' && Number.isInteger(body.seconds) && body.seconds > 0 ? body.seconds : 3600;
      const reason = str(body.reason, 512) ?? 'blocked by an administrator';
      if (!id) throw new PaviseError('PAVISE_BAD_REQUEST', 'principal id required');
      await audit(request, 'principal.block', { kind: 'principal', id }, 'block', { seconds, reason });
      return runtime.monitorState.block(id, seconds, reason, who(request), Date.now());
    });
    scope.post('/admin/principals/:id/unblock', async (request) => {
      const id = str((request.params as Record<string, unknown>).id);
      if (!id) throw new PaviseError('PAVISE_BAD_REQUEST', 'principal id required');
      await audit(request, 'principal.unblock', { kind: 'principal', id }, 'allow', {});
      return { unblocked: runtime.monitorState.unblock(id) };
    });

    scope.get('/admin/servers/quarantined', () => ({ quarantined: runtime.monitorState.listQuarantine() }));
    scope.post('/admin/servers/:name/quarantine', async (request) => {
      const name = str((request.params as Record<string, unknown>).name);
      const body = (request.body ?? {}) as Record<string, unknown>;
      if (!name) throw new PaviseError('PAVISE_BAD_REQUEST', 'server name required');
      const reason = str(body.reason, 512) ?? 'quarantined by an administrator';
      await audit(request, 'server.quarantine', { kind: 'server', id: name }, 'block', { reason });
      return runtime.monitorState.quarantine(name, reason, who(request), Date.now());
    });
    scope.post('/admin/servers/:name/release', async (request) => {
      const name = str((request.params as Record<string, unknown>).name);
      if (!name) throw new PaviseError('PAVISE_BAD_REQUEST', 'server name required');
      await audit(request, 'server.release', { kind: 'server', id: name }, 'allow', {});
      return { released: runtime.monitorState.release(name) };
    });

    scope.get('/admin/alerts', (request) => {
      const q = request.query as Record<string, unknown>;
      const limit = Math.min(1000, Math.max(1, Number(q.limit ?? 100) || 100));
      return { alerts: runtime.alerts.list(limit) };
    });
    done();
  });
}
