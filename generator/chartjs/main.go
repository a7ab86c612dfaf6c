// Command chartjs rebuilds a theme's chart runtime: the ECharts bundle the
// site serves itself. It is for maintainers; the build never runs it.
//
//	go generate ./generator/chartjs          # the default theme
//	go run ./generator/chartjs -theme themes/NAME
//
// A theme that draws charts has a folder chartjs/ holding an npm project:
//
//	chartjs/package.json       pins the echarts version ("6.1.0", never a range)
//	chartjs/package-lock.json  every package's integrity hash
//	chartjs/echarts.js         imports only the chart types and components the
//	                           charts use; add one here before a chart option uses it
//
// The command installs those packages with the npm client into a temporary
// folder (npm ci --ignore-scripts, which refuses any package whose hash
// differs from the lock), checks that the installed echarts is the pinned
// one, and bundles echarts.js with esbuild's Go API into one minified file
// whose global is window.echarts. It writes two files, both committed:
//
//	assets/echarts.js       the bundle, published as /assets/echarts.<hash>.js
//	assets/echarts.js.toml  its record: echarts and esbuild versions, size, sha256
//
// esbuild is deterministic, so the same three inputs and the esbuild version
// in go.mod give the same bytes on any machine; a test rebuilds the bundle
// where npm is installed and fails if the committed one differs. The site's
// build only reads the committed bundle and checks it against its record
// (package theme), so building a site needs neither npm nor the network.
package main

//go:generate go run . -theme ../../themes/default

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Command is how maintainers run this program; records and errors name it.
const Command = "go generate ./generator/chartjs"

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fl := flag.NewFlagSet("chartjs", flag.ContinueOnError)
	fl.SetOutput(stderr)
	themeDir := fl.String("theme", "themes/default", "thư mục giao diện có chartjs/")
	fl.Usage = func() {
		fmt.Fprintln(stderr, "Cách dùng: "+Command+"\n   hoặc: go run ./generator/chartjs [-theme themes/TÊN]\n\n"+
			"Dựng lại thư viện biểu đồ assets/echarts.js của giao diện (và bản ghi echarts.js.toml) từ chartjs/; cần npm.")
		fmt.Fprintln(stderr)
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return err
	}
	fmt.Fprintf(stderr, "Đang cài echarts bằng npm và đóng gói bằng esbuild cho %s …\n", *themeDir)
	b, err := Build(os.DirFS(*themeDir))
	if err != nil {
		return err
	}
	assets := filepath.Join(*themeDir, "assets")
	if err := os.MkdirAll(assets, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(assets, BundleName), b.JS, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(assets, RecordName), b.Record.Encode(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "Đã viết %s (echarts %s, %d byte, sha256 %s) và %s.\n",
		filepath.Join(assets, BundleName), b.Record.Version, b.Record.Size, b.Record.SHA256, RecordName)
	return nil
}
