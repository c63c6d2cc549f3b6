const Channel = require('./Channel');

class EmailChannel extends Channel {
  static sent = 0;

  accepts(to) {
    return super.accepts(to) && /^[^@\s]+@[^@\s]+$/.test(to);
  }

  format(msg) {
    return `${super.format(msg)} -- sent by mailer`;
  }
}

module.exports = EmailChannel;
