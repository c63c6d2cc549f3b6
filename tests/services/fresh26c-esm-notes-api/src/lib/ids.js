let seq = 0;
export const nextId = (prefix = 'n') => `${prefix}_${(++seq).toString(36).padStart(3, '0')}`;
export const issued = () => seq;
