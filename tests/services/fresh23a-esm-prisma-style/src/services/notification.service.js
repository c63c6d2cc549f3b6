// In-app notifications, kept per user.
class NotificationService {
  #inbox = new Map();

  notify(userId, text) {
    const list = this.#inbox.get(userId) ?? [];
    list.push({ n: list.length + 1, text, read: false });
    this.#inbox.set(userId, list);
  }

  readAll(userId) {
    const list = this.#inbox.get(userId) ?? [];
    const unread = list.filter((x) => !x.read).length;
    list.forEach((x) => { x.read = true; });
    return { unread, items: list };
  }
}

export const notificationService = new NotificationService();
