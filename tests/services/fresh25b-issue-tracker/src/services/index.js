'use strict';

const AuthService = require('./authService');
const ProjectService = require('./projectService');
const { IssueService } = require('./issueService');
const CommentService = require('./commentService');
const NotificationService = require('./notificationService');
const AuditService = require('./auditService');

function createServices({ repos, bus, clock, config }) {
  const auth = new AuthService({ users: repos.users, clock, jwtConfig: config.jwt });
  const projects = new ProjectService({ ...repos, bus, clock });
  const issues = new IssueService({ issues: repos.issues, users: repos.users, projectService: projects, bus, clock });
  const comments = new CommentService({ comments: repos.comments, users: repos.users, issueService: issues, projectService: projects, bus, clock });
  const notifications = new NotificationService({ notifications: repos.notifications, users: repos.users, issueService: issues, bus, clock });
  const audit = new AuditService({ bus, users: repos.users, limit: 8 });
  return { auth, projects, issues, comments, notifications, audit };
}

module.exports = { createServices };
