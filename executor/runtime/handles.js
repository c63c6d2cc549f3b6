// Handles: runtime objects that serialize themselves (serialize.js calls their kinds' restore).
(function (rt) {
  "use strict";

  // -- handles: runtime objects that serialize themselves ----------------------
  const SER = Symbol("liquefy.serialize");
  const handleKinds = {};  // kind -> function(data, kind) -> object
  const fillingKinds = new Set();  // kinds whose restore is function(data, target): they fill an object
  const functionKinds = new Set();  // kinds whose restore makes a function
  rt.SER = SER;
  // With `fills`, restore(data, target) fills `target`, an empty object made
  // before the data is decoded, so that the data can refer back to it (cycles).
  // With fills === "function", restore makes a function (a bound one): inside a cycle
  // (a listener bound to a record that holds it), a function that calls it stands for it.
  rt.handleKind = function (kind, restore, fills) {
    handleKinds[kind] = restore;
    if (fills === "function") functionKinds.add(kind);
    else if (fills) fillingKinds.add(kind);
  };

  exports.SER = SER;
  exports.fillingKinds = fillingKinds;
  exports.functionKinds = functionKinds;
  exports.handleKinds = handleKinds;
})(require("./core"));
