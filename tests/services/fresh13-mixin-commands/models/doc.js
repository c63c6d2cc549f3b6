'use strict';
const { Versioned, Tagged, Serializable } = require('./mixins');

class Doc {
  constructor(id, title, body = '') {
    this.id = id;
    this.title = title;
    this.body = body;
  }
}
Object.assign(Doc.prototype, Versioned, Tagged, Serializable);

function Note(id, text) {
  this.id = id;
  this.text = text;
}
Object.assign(Note.prototype, Versioned, Tagged);
Note.prototype.toJSON = Serializable.toJSON;

module.exports = { Doc, Note };
