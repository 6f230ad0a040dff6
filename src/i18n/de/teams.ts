export const teams = {
};
