let n = 0;
export const bump = () => ++n;
export const count = () => n;
