export const slack = {
};
