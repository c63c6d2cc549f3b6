import ms from 'ms';

export default {
  port: Number(process.env.PORT) || 7070,
  evaluationTtl: ms('10m') / 1000,
  maxRollout: 100,
};
