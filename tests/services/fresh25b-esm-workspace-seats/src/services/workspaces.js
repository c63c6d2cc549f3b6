import { createHmac } from 'node:crypto';
import { ctx } from '../context.js';
import { conflict, forbidden, notFound, paymentRequired, DomainError } from '../lib/errors.js';

export function workspaceService({ store, config, bus, logger }) {
  const planOf = (ws) => config.plans[ws.plan];
  const inviteCode = (id) => createHmac('sha256', config.tokenSecret).update(id).digest('base64url').slice(0, 10);

  function assertOwner(ws) {
    if (ws.ownerId !== ctx().actor.id) throw forbidden('only the owner can do that');
  }

  function assertMember(ws) {
    if (!ws.memberIds.includes(ctx().actor.id)) throw notFound(`workspace ${ws.id}`);
  }

  return {
    assertMember,
    create({ name, plan }) {
      const { actor, uow } = ctx();
      const ws = uow.create('workspaces', 'ws', { name, plan, ownerId: actor.id, memberIds: [actor.id], seatsUsed: 1 });
      actor.workspaces.push(ws.id);
      uow.touch('users', actor);
      bus.emit('workspace.created', { ws });
      logger.info(`created ${ws.id}`);
      return ws;
    },

    async invite(ws, email) {
      assertOwner(ws);
      const pending = await store.scan('invites', (i) => i.wsId === ws.id && i.status === 'pending');
      if (pending.some((i) => i.email === email)) throw conflict(`${email} is already invited`);
      if (ws.seatsUsed + pending.length >= planOf(ws).seats) {
        throw paymentRequired(`plan ${ws.plan} has ${planOf(ws).seats} seats (${ws.seatsUsed} used, ${pending.length} invited)`);
      }
      const inv = ctx().uow.create('invites', 'inv', { wsId: ws.id, email, status: 'pending' });
      bus.emit('invite.sent', { ws, email });
      return { id: inv.id, code: inviteCode(inv.id), email };
    },

    async accept(inviteId, code) {
      const { actor, uow, loaders } = ctx();
      const inv = store.table('invites').get(inviteId);
      if (!inv || code !== inviteCode(inviteId)) throw notFound('invitation');
      if (inv.email !== actor.email) throw forbidden('this invitation is for someone else');
      if (inv.status !== 'pending') throw conflict(`invitation is ${inv.status}`);
      const ws = await loaders.workspaces.load(inv.wsId);
      if (ws.seatsUsed >= planOf(ws).seats) throw paymentRequired('no seat left');
      ws.memberIds.push(actor.id);
      ws.seatsUsed += 1;
      inv.status = 'accepted';
      actor.workspaces.push(ws.id);
      uow.touch('workspaces', ws);
      uow.touch('invites', inv);
      uow.touch('users', actor);
      bus.emit('member.joined', { ws, user: actor });
      logger.info(`joined ${ws.id}`);
      return { workspace: ws.id, seatsUsed: ws.seatsUsed };
    },

    async members(ws) {
      assertMember(ws);
      const users = await ctx().loaders.users.loadMany(ws.memberIds);
      return users.map((u) => ({ id: u.id, name: u.name, owner: u.id === ws.ownerId, lastActiveAt: u.lastActiveAt }));
    },

    async remove(ws, userId) {
      assertOwner(ws);
      if (userId === ws.ownerId) throw conflict('the owner cannot leave; transfer ownership first');
      if (!ws.memberIds.includes(userId)) throw notFound(`member ${userId}`);
      const user = await ctx().loaders.users.load(userId);
      ws.memberIds = ws.memberIds.filter((id) => id !== userId);
      ws.seatsUsed -= 1;
      user.workspaces = user.workspaces.filter((id) => id !== ws.id);
      ctx().uow.touch('workspaces', ws);
      ctx().uow.touch('users', user);
      bus.emit('member.removed', { ws, user });
      return { seatsUsed: ws.seatsUsed };
    },

    changePlan(ws, plan) {
      assertOwner(ws);
      if (!config.plans[plan]) throw new DomainError('bad_plan', `unknown plan ${plan}`);
      if (ws.seatsUsed > config.plans[plan].seats) throw conflict(`${ws.seatsUsed} seats in use, ${plan} allows ${config.plans[plan].seats}`);
      const from = ws.plan;
      ws.plan = plan;
      ctx().uow.touch('workspaces', ws);
      bus.emit('plan.changed', { ws, from });
      return { plan, seats: config.plans[plan].seats };
    },
  };
}
