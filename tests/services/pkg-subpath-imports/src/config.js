export default { name: 'imp', port: process.env.PORT || 8080 };
