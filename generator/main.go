// Command generator builds minhbach sites: public transparency reports of a
// programme's targets, from its published text, CSV data and markdown.
//
//	go run ./generator build   [-config config.toml] [-out public] [-baseurl URL] [-drafts]
//	go run ./generator serve   [-config config.toml] [-port 1313]   # live preview
//	go run ./generator check   [-config config.toml] [-format text|github]   # validate, write nothing
//	go run ./generator new     [-config config.toml] tin-tuc/SLUG.md   # a new draft page
//	go run ./generator inspect [-config config.toml] [seeds/FILE.txt]  # the parsed programme as JSON
//	go run ./generator import  [-config config.toml] [seeds/FILE.txt]  # draft data/indicators.toml
//	go run ./generator init    [-config config.toml] seeds/FILE.txt    # a whole new site
//	go run ./generator version                      # module version and VCS revision
//	go run ./generator help    [command]            # usage, in Vietnamese
//
// Every command that works on a site is told where it is the same way:
// -config, the path of its config.toml, whose folder is the site's root.
// -h, --help and help print usage and exit 0.
//
// Exit status: 0 success, 1 problems in content or data (each printed as
// file:line:col: message, in Vietnamese), 2 wrong usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/minhbach/minhbach/generator/config"
)

func main() {
	os.Exit(main1(os.Args[1:], os.Stdout, os.Stderr))
}

// main1 is main but for the process: it runs the command, prints its
// error and returns the exit status, so golden tests see all main does.
func main1(args []string, stdout, stderr io.Writer) int {
	err := run(args, stdout, stderr)
	if err != nil {
		fmt.Fprintln(stderr, err)
	}
	return exitCode(err)
}

// exitCode is the status the command ends with: 0 on success, 2 for a
// mistake in the command line, 1 for every other problem.
func exitCode(err error) int {
	var u usageError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &u):
		return 2
	}
	return 1
}

// now is the commands' clock: the instant whose day, in the site's zone,
// new pages and sites are dated, and after which build, check and serve
// hold a dated page back. Tests replace it, so their output keeps still.
var now = time.Now

// usageError is a mistake in the command line rather than in the content.
type usageError string

func (u usageError) Error() string { return string(u) }

// A command is one verb of the command line.
type command struct {
	name     string
	synopsis string // what follows the name in the usage line
	summary  string // its line in the list of commands
	about    string // what help NAME says before the options
	// arg is the one argument the command takes after its options, if
	// any; run refuses every other count, so setup need not.
	arg *argument
	// setup adds the command's options to fl and returns what runs it on
	// the arguments left once they are parsed.
	setup func(fl *flag.FlagSet) func(args []string, stdout, stderr io.Writer) error
}

// An argument is what a command takes after its options.
type argument struct {
	what     string // as a message says it: "một tệp văn bản chương trình"
	example  string // as people type it: "seeds/chuong-trinh.txt"
	optional bool
}

// checkArgs refuses a count of arguments the command does not take.
func (c *command) checkArgs(args []string) error {
	a, n := c.arg, len(args)
	switch {
	case a == nil && n > 0:
		return usageError(fmt.Sprintf("%s không nhận đối số %q", c.name, args[0]))
	case a == nil, a.optional && n <= 1, n == 1:
		return nil
	}
	count := "đúng"
	if a.optional {
		count = "nhiều nhất"
	}
	return usageError(fmt.Sprintf("%s cần %s %s, ví dụ: go run ./generator %s %s", c.name, count, a.what, c.name, a.example))
}

// commands in the order help lists them. help itself is not among them: it
// reads this list.
var commands = []*command{&buildCommand, &serveCommand, &checkCommand, &newCommand, &inspectCommand, &importCommand, &initCommand, &versionCommand}

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

// run is the whole command, so tests call it as people do.
func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return usageError(mainUsage())
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		return help(args[1:], stdout)
	}
	c := lookup(args[0])
	if c == nil {
		return usageError(fmt.Sprintf("không có lệnh %q\n\n%s", args[0], mainUsage()))
	}
	fl, exec := c.flags()
	if err := fl.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, c.usage())
			return nil
		}
		return usageError(flagMessage(err) + "\n\n" + c.usage())
	}
	err := c.checkArgs(fl.Args())
	if err == nil {
		err = exec(fl.Args(), stdout, stderr)
	}
	var u usageError
	if errors.As(err, &u) {
		return usageError(fmt.Sprintf("%s\nXem cách dùng: go run ./generator help %s", u, c.name))
	}
	return err
}

// flags makes the command's flag set, quiet: help and errors are worded by
// this package, in Vietnamese, rather than printed by package flag.
func (c *command) flags() (*flag.FlagSet, func([]string, io.Writer, io.Writer) error) {
	fl := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fl.SetOutput(io.Discard)
	return fl, c.setup(fl)
}

// siteFlag is -config, the one way every command that works on a site is
// told where the site is: the path of its config.toml, whose folder is the
// site's root.
type siteFlag struct{ path string }

// addSiteFlag adds -config to fl.
func addSiteFlag(fl *flag.FlagSet) *siteFlag {
	s := &siteFlag{path: config.File}
	fl.Var(s, "config", "`config.toml` của trang; thư mục chứa tệp này là gốc của trang")
	return s
}

func (s *siteFlag) String() string {
	if s == nil {
		return ""
	}
	return s.path
}

// Set refuses another file name: the folder, not the file, is what the
// flag chooses, and a site has exactly one config.toml.
func (s *siteFlag) Set(v string) error {
	if filepath.Base(v) != config.File {
		return fmt.Errorf("tệp cấu hình phải tên là %s (ví dụ -config ../trang-khac/%s)", config.File, config.File)
	}
	s.path = v
	return nil
}

// root is the site's folder.
func (s *siteFlag) root() string { return filepath.Dir(s.path) }
