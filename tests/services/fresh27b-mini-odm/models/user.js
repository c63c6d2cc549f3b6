'use strict';
const { Schema, model } = require('../odm');

const userSchema = new Schema({
  first: { default: '' },
  last: { default: '' },
  email: { default: null },
  logins: { default: 0 },
  tags: { default: undefined },
});

const emailsTaken = new Set();
const welcomeQueue = [];

userSchema.pre('save', function () {
  this.email = this.email && this.email.toLowerCase();
  if (!this.tags) this.tags = [];
});
userSchema.post('save', function (doc) {
  if (doc.logins === 0 && !emailsTaken.has(doc.email)) welcomeQueue.push(doc.email);
  emailsTaken.add(doc.email);
});

userSchema.virtual('fullName')
  .get(function () { return `${this.first} ${this.last}`.trim(); })
  .set(function (v) { [this.first, this.last = ''] = v.split(' '); });

userSchema.methods.login = function () {
  this.logins += 1;
  return this.save();
};
userSchema.methods.tag = function (t) {
  if (!this.tags.includes(t)) this.tags.push(t);
  return this;
};

userSchema.statics.byTag = function (t) { return this.find((u) => u.tags.includes(t)); };
userSchema.statics.welcomes = () => welcomeQueue;

module.exports = model('User', userSchema);
