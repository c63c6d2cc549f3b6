const Channel = require('./Channel');

class SmsChannel extends Channel {
  static sent = 0;
  static maxLength = 20;

  accepts(to) {
    return super.accepts(to) && /^\+\d{6,}$/.test(to);
  }

  format(msg) {
    const text = super.format(msg);
    return text.length > SmsChannel.maxLength ? `${text.slice(0, SmsChannel.maxLength - 1)}…` : text;
  }
}

module.exports = SmsChannel;
