export const parse = {
};
