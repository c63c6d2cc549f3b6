'use strict';

// resolved in CLASSIC mode: awilix reads the constructor's parameter names
class QuotaService {
  static built = 0;

  constructor(projectRepository, tenantRepository, tenantId) {
    QuotaService.built += 1;
    this.projectRepository = projectRepository;
    this.tenantRepository = tenantRepository;
    this.tenantId = tenantId;
  }

  usage() {
    return {
      used: this.projectRepository.forTenant(this.tenantId).length,
      limit: this.tenantRepository.limitFor(this.tenantId),
    };
  }
}

module.exports = QuotaService;
