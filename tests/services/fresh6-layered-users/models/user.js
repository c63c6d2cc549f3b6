const config = require('../config');

class User {
  constructor({ id, email, name, role }) {
    this.id = id;
    this.email = email.toLowerCase();
    this.name = name;
    this.role = role || config.defaultRole;
    this.teamId = null;
  }

  toJSON() {
    return { id: this.id, email: this.email, name: this.name, role: this.role, teamId: this.teamId };
  }
}

User.validate = function validate(body) {
  const missing = ['email', 'name'].filter((f) => !body || typeof body[f] !== 'string' || !body[f].trim());
  return missing;
};

module.exports = User;
