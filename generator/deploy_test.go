package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The deploy recipes, where GitHub and GitLab look for them.
const (
	githubWorkflow = "../.github/workflows/pages.yml"
	gitlabCI       = "../.gitlab-ci.yml"
)

// What the hosts put in the variables the recipes read, for running their
// commands here.
var hostValues = map[string]string{
	"${{ steps.pages.outputs.base_url }}": "https://so-lao-dong.github.io/minhbach",
	"CI_PAGES_URL":                        "https://so-lao-dong.gitlab.io/minhbach",
}

type githubStep struct {
	ID   string            `yaml:"id"`
	Uses string            `yaml:"uses"`
	Run  string            `yaml:"run"`
	With map[string]string `yaml:"with"`
	Env  map[string]string `yaml:"env"`
}

type githubFile struct {
	Permissions map[string]string `yaml:"permissions"`
	Jobs        map[string]struct {
		Needs any          `yaml:"needs"`
		Steps []githubStep `yaml:"steps"`
	} `yaml:"jobs"`
}

type gitlabJob struct {
	Image        string   `yaml:"image"`
	BeforeScript []string `yaml:"before_script"`
	Script       []string `yaml:"script"`
	AfterScript  []string `yaml:"after_script"`
	Artifacts    struct {
		Paths []string `yaml:"paths"`
	} `yaml:"artifacts"`
}

func readYAML(t *testing.T, file string, v any) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s does not parse: %v", file, err)
	}
}

// TestGitHubWorkflow checks the GitHub Pages recipe: check with
// annotations, build for the Pages address, upload public/, deploy.
func TestGitHubWorkflow(t *testing.T) {
	var wf githubFile
	readYAML(t, githubWorkflow, &wf)
	if wf.Permissions["pages"] != "write" || wf.Permissions["id-token"] != "write" {
		t.Errorf("deploy-pages needs pages: write and id-token: write, got %v", wf.Permissions)
	}
	var uses []string
	for name, job := range wf.Jobs {
		for _, s := range job.Steps {
			action, version, _ := strings.Cut(s.Uses, "@")
			if s.Uses != "" {
				uses = append(uses, action)
				if !regexp.MustCompile(`^v\d+$`).MatchString(version) {
					t.Errorf("%s: pin %s to a major version such as @v4, not %q", name, action, version)
				}
			}
			switch action {
			case "actions/setup-go":
				if s.With["go-version-file"] != "go.mod" {
					t.Error("setup-go must read the Go version from go.mod")
				}
			case "actions/upload-pages-artifact":
				if s.With["path"] != "public" {
					t.Errorf("the Pages artifact is %q, want public", s.With["path"])
				}
			}
			if s.Run != "" {
				vars := map[string]string{}
				for k, v := range s.Env {
					vars[k] = expand(v)
				}
				runRecipe(t, githubWorkflow, s.Run, vars)
			}
		}
	}
	slices.Sort(uses)
	want := []string{"actions/checkout", "actions/configure-pages", "actions/deploy-pages", "actions/setup-go", "actions/upload-pages-artifact"}
	if !slices.Equal(uses, want) {
		t.Errorf("actions used: %v, want %v", uses, want)
	}
	if fmt.Sprint(wf.Jobs["deploy"].Needs) != "build" {
		t.Errorf("deploy must wait for build, needs %v", wf.Jobs["deploy"].Needs)
	}
}

// TestGitLabCI checks the GitLab Pages recipe: a job named pages that
// publishes public/.
func TestGitLabCI(t *testing.T) {
	var ci map[string]gitlabJob
	readYAML(t, gitlabCI, &ci)
	job, ok := ci["pages"]
	if !ok {
		t.Fatalf("%s has no job named pages, the one GitLab Pages publishes", gitlabCI)
	}
	if !strings.HasPrefix(job.Image, "golang:") || !slices.Contains(job.Artifacts.Paths, "public") {
		t.Errorf("pages: image %q, artifacts %v; want a golang image and public", job.Image, job.Artifacts.Paths)
	}
	for name, j := range ci {
		for _, line := range slices.Concat(j.BeforeScript, j.Script, j.AfterScript) {
			runRecipe(t, gitlabCI+" "+name, line, map[string]string{"CI_PAGES_URL": hostValues["CI_PAGES_URL"]})
		}
	}
}

// runRecipe checks that each line of a recipe's script is a command the
// README documents, with options it documents, and runs it on a copy of
// the site as the host would.
func runRecipe(t *testing.T, where, script string, vars map[string]string) {
	t.Helper()
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(script, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		args, err := shellWords(line, vars)
		if err != nil || len(args) < 4 || strings.Join(args[:3], " ") != "go run ./generator" {
			t.Errorf("%s: %q is not a plain go run ./generator command (%v)", where, line, err)
			continue
		}
		if !bytes.Contains(readme, []byte("go run ./generator "+args[3])) {
			t.Errorf("%s: README.md does not document go run ./generator %s", where, args[3])
		}
		for _, a := range args[4:] {
			if strings.HasPrefix(a, "-") && !bytes.Contains(readme, []byte("`"+a)) && !bytes.Contains(readme, []byte(" "+a+" ")) {
				t.Errorf("%s: README.md does not document the option %s", where, a)
			}
		}
		root := copySiteWithoutCharts(t)
		cmd := append(args[3:], "-config", filepath.Join(root, "config.toml"))
		var stdout, stderr bytes.Buffer
		if err := run(cmd, &stdout, &stderr); err != nil {
			t.Errorf("%s: %s failed: %v\n%s%s", where, line, err, stdout.String(), stderr.String())
		}
		if base := baseArg(args); base != "" {
			sitemap, _ := os.ReadFile(filepath.Join(root, "public", "sitemap.xml"))
			if !bytes.Contains(sitemap, []byte("<loc>"+base)) {
				t.Errorf("%s: the site built by %q is not at %s:\n%s", where, line, base, sitemap)
			}
		}
	}
}

// expand puts in what the host would for the expressions it knows.
func expand(v string) string {
	for k, val := range hostValues {
		v = strings.ReplaceAll(v, k, val)
	}
	return v
}

func baseArg(args []string) string {
	for i, a := range args {
		if a == "-baseurl" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// shellWords splits a plain command line as a POSIX shell would: words,
// double quotes, and $NAME or ${NAME} from vars. Anything that would make it
// more than one plain command (pipes, ;, &&, redirections, $(…), single
// quotes, an unknown variable) is an error.
func shellWords(line string, vars map[string]string) ([]string, error) {
	var words []string
	var word strings.Builder
	inWord, quoted := false, false
	name := regexp.MustCompile(`^\$(\{[A-Za-z_][A-Za-z0-9_]*\}|[A-Za-z_][A-Za-z0-9_]*)`)
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '"':
			quoted, inWord = !quoted, true
		case c == '$':
			m := name.FindString(line[i:])
			if m == "" {
				return nil, fmt.Errorf("$ at column %d", i+1)
			}
			v, ok := vars[strings.Trim(m, "${}")]
			if !ok {
				return nil, fmt.Errorf("unknown variable %s", m)
			}
			word.WriteString(v)
			inWord = true
			i += len(m) - 1
		case !quoted && (c == ' ' || c == '\t'):
			if inWord {
				words = append(words, word.String())
				word.Reset()
				inWord = false
			}
		case !quoted && strings.IndexByte("|&;<>()'`\\*?", c) >= 0, quoted && strings.IndexByte("`\\", c) >= 0:
			return nil, fmt.Errorf("%q at column %d", c, i+1)
		default:
			word.WriteByte(c)
			inWord = true
		}
	}
	if quoted {
		return nil, fmt.Errorf("unclosed quote")
	}
	if inWord {
		words = append(words, word.String())
	}
	return words, nil
}

func TestShellWords(t *testing.T) {
	vars := map[string]string{"URL": "https://a.b/c"}
	tests := []struct {
		line string
		want []string // nil: refused
	}{
		{`go run ./generator check -format github`, []string{"go", "run", "./generator", "check", "-format", "github"}},
		{`go run ./generator build -baseurl "$URL/"`, []string{"go", "run", "./generator", "build", "-baseurl", "https://a.b/c/"}},
		{`go run ./generator build -baseurl ${URL}`, []string{"go", "run", "./generator", "build", "-baseurl", "https://a.b/c"}},
		{`go run ./generator build && rm -rf public`, nil},
		{`go run ./generator build $(curl x)`, nil},
		{`go run ./generator build "$OTHER"`, nil},
		{`go run ./generator build "x`, nil},
	}
	for _, tt := range tests {
		got, err := shellWords(tt.line, vars)
		if tt.want == nil && err == nil || tt.want != nil && !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q, %v; want %q", tt.line, got, err, tt.want)
		}
	}
}
