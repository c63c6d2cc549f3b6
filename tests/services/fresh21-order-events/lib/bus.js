// In-process event bus on the web-standard EventTarget, as the frontend team writes theirs.
class OrderBus extends EventTarget {
  publish(type, detail) {
    return this.dispatchEvent(new CustomEvent(type, { detail, cancelable: true }));
  }
}

module.exports = new OrderBus();
