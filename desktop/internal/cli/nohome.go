package cli

// checkNoHomeDir is --no-home-dir: nothing is read or written in $HOME,
// so the rc file and the saved-arguments file must be named, as the
// stock client asks (-E also with --no-save-args, as there).
func (c *knockCmd) checkNoHomeDir() error {
	if c.rcFile == "" && !c.noRC {
		return usageErr("in --no-home-dir mode, must set --rc-file path (or --no-rc-file)")
	}
	if c.argsFile == "" {
		return usageErr("--no-home-dir needs -E FILE, where the command line is saved")
	}
	return nil
}
