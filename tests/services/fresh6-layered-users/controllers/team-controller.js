module.exports = function makeTeamController(teamService) {
  return {
    create: (req, res) => res.status(201).json(teamService.create(req.body.name)),
    join: (req, res) => res.json(teamService.join(Number(req.params.id), Number(req.body.userId))),
    roster: (req, res) => res.json(teamService.roster(Number(req.params.id))),
  };
};
