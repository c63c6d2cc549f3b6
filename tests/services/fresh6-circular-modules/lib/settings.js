// Settings other modules overwrite by assigning to this module's exports.
exports.currency = 'EUR';
exports.fee = 0;
exports.describe = () => `${exports.currency} fee=${exports.fee}`;
