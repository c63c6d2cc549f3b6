export { CatalogService } from './catalog.service.js';
export { default as auditService } from './audit.service.js';
