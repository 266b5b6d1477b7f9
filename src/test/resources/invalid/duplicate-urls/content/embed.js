// a script of the project's own
