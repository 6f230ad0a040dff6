export const access = {
};
