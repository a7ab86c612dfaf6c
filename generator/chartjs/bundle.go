package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
	"github.com/minhbach/minhbach/generator/theme"
)

// Files of a theme's chartjs folder, and what the command writes.
const (
	Dir        = "chartjs"
	Entry      = "echarts.js"
	Package    = "package.json"
	Lock       = "package-lock.json"
	BundleName = theme.ChartRuntime
	RecordName = theme.ChartRuntime + theme.RecordExt
)

const esbuildModule = "github.com/evanw/esbuild"

// Bundle is a built runtime and its record.
type Bundle struct {
	JS     []byte
	Record theme.Record
}

// Build installs the packages of the theme folder themeFS's chartjs/ and
// bundles its entry.
func Build(themeFS fs.FS) (*Bundle, error) {
	read := func(name string) ([]byte, error) { return fs.ReadFile(themeFS, path.Join(Dir, name)) }
	entry, err := read(Entry)
	if err != nil {
		return nil, fmt.Errorf("%s/%s: không đọc được điểm vào của thư viện biểu đồ: %v", Dir, Entry, err)
	}
	pkg, err := read(Package)
	if err != nil {
		return nil, fmt.Errorf("%s: thiếu %s", Dir, Package)
	}
	lock, err := read(Lock)
	if err != nil {
		return nil, fmt.Errorf("%s: thiếu %s (chạy npm install --package-lock-only trong thư mục này để tạo)", Dir, Lock)
	}
	version, err := pinnedVersion(pkg)
	if err != nil {
		return nil, fmt.Errorf("%s/%s: %v", Dir, Package, err)
	}
	work, err := os.MkdirTemp("", "minhbach-chartjs-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)
	if err := install(work, pkg, lock); err != nil {
		return nil, err
	}
	if err := checkInstalled(work, version); err != nil {
		return nil, err
	}
	banner, err := licenceBanner(work, version)
	if err != nil {
		return nil, err
	}
	js, err := bundle(work, entry, banner)
	if err != nil {
		return nil, err
	}
	return &Bundle{JS: js, Record: theme.NewRecord("echarts", version, bundler(), Command, js)}, nil
}

// pinnedVersion reads the exact echarts version package.json asks for; a
// range ("^6.1.0") is refused, since it would let two builds differ.
func pinnedVersion(pkg []byte) (string, error) {
	var p struct {
		Dependencies map[string]string `json:"dependencies"`
	}
	if err := json.Unmarshal(pkg, &p); err != nil {
		return "", err
	}
	v := p.Dependencies["echarts"]
	if v == "" {
		return "", errors.New("không có echarts trong dependencies")
	}
	if strings.ContainsAny(v, "^~<>=* x|") {
		return "", fmt.Errorf("echarts phải được ghim một phiên bản cụ thể (như \"6.1.0\"), không phải %q", v)
	}
	return v, nil
}

// install runs npm ci in work. --ignore-scripts: no package may run code
// on the maintainer's machine; the bundle needs none.
func install(work string, pkg, lock []byte) error {
	npm, err := exec.LookPath("npm")
	if err != nil {
		return errors.New("cần npm để dựng lại thư viện biểu đồ (cài Node.js và npm, ví dụ: apt-get install -y npm); việc dựng trang thì không cần npm")
	}
	if err := os.WriteFile(filepath.Join(work, Package), pkg, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(work, Lock), lock, 0o644); err != nil {
		return err
	}
	cmd := exec.Command(npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = work
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("npm ci không cài được thư viện biểu đồ: %v\n%s", err, strings.TrimSpace(out.String()))
	}
	return nil
}

// checkInstalled makes sure the installed echarts is the pinned one: a lock
// that disagrees with package.json would otherwise bundle another version.
func checkInstalled(work, version string) error {
	b, err := os.ReadFile(filepath.Join(work, "node_modules", "echarts", "package.json"))
	if err != nil {
		return fmt.Errorf("không tìm thấy echarts sau khi cài: %v", err)
	}
	var p struct{ Version string }
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	if p.Version != version {
		return fmt.Errorf("echarts đã cài là %s, nhưng package.json ghim %s; hãy chạy npm install --package-lock-only trong %s", p.Version, version, Dir)
	}
	return nil
}

// licenceBanner is the comment that opens the bundle. ECharts is under the
// Apache License 2.0, which asks whoever redistributes it (every site does)
// to pass on the licence and its NOTICE; esbuild keeps zrender's and tslib's
// own licence comments at the end, but ECharts' source files carry none.
func licenceBanner(work, version string) (string, error) {
	notice, err := os.ReadFile(filepath.Join(work, "node_modules", "echarts", "NOTICE"))
	if err != nil {
		return "", fmt.Errorf("không đọc được NOTICE của echarts: %v", err)
	}
	text := strings.ReplaceAll(strings.TrimSpace(string(notice)), "*/", "* /")
	return "/*! " + text + "\n\nECharts " + version +
		" is licensed under the Apache License, Version 2.0: https://www.apache.org/licenses/LICENSE-2.0\n*/", nil
}

// bundle tree-shakes and minifies the entry into one IIFE, opened by
// banner. The output depends only on the entry, the installed packages and
// esbuild's version: no paths, times or source maps end up in it.
func bundle(work string, entry []byte, banner string) ([]byte, error) {
	res := api.Build(api.BuildOptions{
		Banner: map[string]string{"js": banner},
		Stdin: &api.StdinOptions{
			Contents:   string(entry),
			ResolveDir: work,
			Sourcefile: Entry,
			Loader:     api.LoaderJS,
		},
		Bundle:            true,
		Format:            api.FormatIIFE,
		GlobalName:        "echarts",
		MinifyWhitespace:  true,
		MinifyIdentifiers: true,
		MinifySyntax:      true,
		Target:            api.ES2017,
		Platform:          api.PlatformBrowser,
		Define:            map[string]string{"process.env.NODE_ENV": `"production"`, "__DEV__": "false"},
		LegalComments:     api.LegalCommentsEndOfFile,
		Write:             false,
		LogLevel:          api.LogLevelSilent,
	})
	if len(res.Errors) > 0 {
		var msgs []string
		for _, m := range res.Errors {
			msgs = append(msgs, m.Text)
		}
		return nil, fmt.Errorf("esbuild không đóng gói được %s: %s", Entry, strings.Join(msgs, "; "))
	}
	if len(res.OutputFiles) != 1 {
		return nil, fmt.Errorf("esbuild trả về %d tệp, cần 1", len(res.OutputFiles))
	}
	return res.OutputFiles[0].Contents, nil
}

// bundler names the esbuild this program was built with, from go.mod by way
// of the build info, so the record says which esbuild made the bytes.
func bundler() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == esbuildModule {
				if d.Replace != nil {
					d = d.Replace
				}
				return "esbuild " + d.Version
			}
		}
	}
	return "esbuild (không rõ phiên bản)"
}
