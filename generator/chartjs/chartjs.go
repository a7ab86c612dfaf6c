// Package chartjs builds the ECharts runtime a site serves itself.
//
// A theme that draws charts has a folder chartjs/ holding an npm project:
// package.json pins the echarts version, package-lock.json records every
// package's integrity hash, and echarts.js imports only the chart types and
// components the charts use. Build installs those packages with the npm
// client (`npm ci`, which refuses any package whose hash differs from the
// lock) and bundles echarts.js with esbuild's Go API into one minified file
// with the global window.echarts. Nothing is fetched from a CDN, and no
// generated JavaScript is committed.
//
// Both steps are cached under the user's cache folder, keyed by the hash of
// the three files, so only the first build after a change needs the network
// and npm; every later build reads the cached bundle in a millisecond.
package chartjs

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// Files of a theme's chartjs folder.
const (
	Dir     = "chartjs"
	Entry   = "echarts.js"
	Package = "package.json"
	Lock    = "package-lock.json"
)

// ErrNoRuntime means the theme has no chartjs folder: it draws no charts.
var ErrNoRuntime = errors.New("theme has no chart runtime")

// Runtime is a built bundle.
type Runtime struct {
	JS []byte
	// Version is the echarts version in the bundle.
	Version string
}

// Build returns the bundle for the theme folder themeDir in fsys, building it
// when the cache lacks it. cacheDir is where installs and bundles are kept;
// say, if not nil, hears what a long first build is doing.
func Build(fsys fs.FS, themeDir, cacheDir string, say func(string)) (*Runtime, error) {
	if say == nil {
		say = func(string) {}
	}
	dir := path.Join(themeDir, Dir)
	read := func(name string) ([]byte, error) { return fs.ReadFile(fsys, path.Join(dir, name)) }
	entry, err := read(Entry)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoRuntime
	}
	if err != nil {
		return nil, err
	}
	pkg, err := read(Package)
	if err != nil {
		return nil, fmt.Errorf("%s: thiếu %s", dir, Package)
	}
	lock, err := read(Lock)
	if err != nil {
		return nil, fmt.Errorf("%s: thiếu %s (chạy npm install --package-lock-only trong thư mục này để tạo)", dir, Lock)
	}
	version, err := pinnedVersion(pkg)
	if err != nil {
		return nil, fmt.Errorf("%s/%s: %v", dir, Package, err)
	}

	h := sha256.New()
	for _, b := range [][]byte{entry, pkg, lock} {
		h.Write(b)
		h.Write([]byte{0})
	}
	key := hex.EncodeToString(h.Sum(nil))[:16]
	work := filepath.Join(cacheDir, "chartjs", key)
	bundlePath := filepath.Join(work, "bundle.js")
	if js, err := os.ReadFile(bundlePath); err == nil {
		return &Runtime{JS: js, Version: version}, nil
	}
	say("Đang tải thư viện biểu đồ ECharts " + version + " bằng npm (chỉ lần dựng đầu tiên) …")
	if err := install(work, pkg, lock); err != nil {
		return nil, err
	}
	if err := checkInstalled(work, version); err != nil {
		return nil, err
	}
	say("Đang đóng gói thư viện biểu đồ …")
	js, err := bundle(work, entry)
	if err != nil {
		return nil, err
	}
	if err := writeAtomic(bundlePath, js); err != nil {
		return nil, err
	}
	return &Runtime{JS: js, Version: version}, nil
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

// install runs npm ci in work unless node_modules is already there.
func install(work string, pkg, lock []byte) error {
	if _, err := os.Stat(filepath.Join(work, "node_modules", ".package-lock.json")); err == nil {
		return nil
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		return errors.New("cần npm để tải thư viện biểu đồ ECharts lần đầu (cài Node.js và npm, ví dụ: apt-get install -y npm), sau đó chạy lại; các lần dựng sau không cần mạng")
	}
	tmp, err := os.MkdirTemp(filepath.Dir(work), filepath.Base(work)+"-install-")
	if err != nil {
		if err := os.MkdirAll(filepath.Dir(work), 0o755); err != nil {
			return err
		}
		if tmp, err = os.MkdirTemp(filepath.Dir(work), filepath.Base(work)+"-install-"); err != nil {
			return err
		}
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, Package), pkg, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, Lock), lock, 0o644); err != nil {
		return err
	}
	cmd := exec.Command(npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error")
	cmd.Dir = tmp
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("npm ci không tải được thư viện biểu đồ: %v\n%s", err, strings.TrimSpace(out.String()))
	}
	if err := os.Rename(tmp, work); err != nil && !errors.Is(err, fs.ErrExist) {
		if _, statErr := os.Stat(work); statErr != nil {
			return err
		}
	}
	return nil
}

// checkInstalled makes sure the installed echarts is the pinned one.
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
		return fmt.Errorf("echarts đã cài là %s, nhưng package.json ghim %s; hãy chạy lại npm install --package-lock-only", p.Version, version)
	}
	return nil
}

// bundle tree-shakes and minifies the entry into one IIFE.
func bundle(work string, entry []byte) ([]byte, error) {
	res := api.Build(api.BuildOptions{
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

// writeAtomic writes through a temporary file of its own, since test
// processes may build the same bundle at once.
func writeAtomic(file string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(file), filepath.Base(file)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), file)
}
