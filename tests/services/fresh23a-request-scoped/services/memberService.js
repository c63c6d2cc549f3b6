'use strict';

const memberRepository = require('../repositories/memberRepository');
const { NotFoundError } = require('../errors/AppError');

class MemberService {
  async register(data) {
    return memberRepository.create(data);
  }

  async get(id) {
    const member = await memberRepository.findById(id);
    if (!member) throw new NotFoundError(`member ${id} not found`);
    return member;
  }

  async list(filter) {
    const members = await memberRepository.findAll(filter);
    return members.map(({ id, name, plan, visits, tags, account }) => ({ id, name, plan, visits, tags, balance: account.balance }));
  }
}

module.exports = new MemberService();
