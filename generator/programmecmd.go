package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/minhbach/minhbach/generator/config"
	"github.com/minhbach/minhbach/generator/diag"
	"github.com/minhbach/minhbach/generator/draft"
	"github.com/minhbach/minhbach/generator/indicator"
	"github.com/minhbach/minhbach/generator/programme"
	"github.com/minhbach/minhbach/generator/starter"
	"github.com/minhbach/minhbach/generator/textfile"
)

var inspectCommand = command{
	name:     "inspect",
	synopsis: "[-config config.toml] [seeds/TEP.txt]",
	summary:  "in cấu trúc văn bản chương trình dạng JSON",
	about: `In cấu trúc mà trình đọc tìm thấy trong văn bản chương trình (mục tiêu, các chỉ
tiêu và chỉ số, tầm nhìn, nhóm nhiệm vụ) dạng JSON, giống /du-lieu/chuong-trinh.json.
Không nêu tệp thì đọc tệp mà khoá programme trong config.toml chỉ tới.`,
	arg: &programmeText,
	setup: onProgramme(func(_ string, p *programme.Programme, stdout, stderr io.Writer) error {
		return inspect(p, stdout, stderr)
	}),
}

var importCommand = command{
	name:     "import",
	synopsis: "[-config config.toml] [seeds/TEP.txt]",
	summary:  "nháp data/indicators.toml từ văn bản chương trình",
	about: `Nháp định nghĩa các chỉ số vào data/indicators.toml của trang từ văn bản chương
trình, và tạo data/<mã>.csv trống cho chỉ số mới. Chỉ thêm chỉ số còn thiếu;
những gì đã có không bị sửa, chỗ khác với văn bản được liệt kê. Không nêu tệp
thì đọc tệp mà khoá programme trong config.toml chỉ tới.`,
	arg: &programmeText,
	setup: onProgramme(func(root string, p *programme.Programme, stdout, _ io.Writer) error {
		return importDefinitions(root, p, stdout)
	}),
}

// programmeText is the argument of inspect and import.
var programmeText = argument{what: "một tệp văn bản", example: "seeds/chuong-trinh.txt", optional: true}

// onProgramme is the setup of a command that works on the programme text:
// do gets the site's root and the text, read and its problems printed.
func onProgramme(do func(root string, p *programme.Programme, stdout, stderr io.Writer) error) func(*flag.FlagSet) func([]string, io.Writer, io.Writer) error {
	return func(fl *flag.FlagSet) func([]string, io.Writer, io.Writer) error {
		s := addSiteFlag(fl)
		return func(args []string, stdout, stderr io.Writer) error {
			p, err := readProgramme(s, args, stderr)
			if err != nil {
				return err
			}
			return do(s.root(), p, stdout, stderr)
		}
	}
}

// readProgramme parses the programme text named on the command line, a path
// from the working folder as people type it, or else the one config.toml
// names, from the site's root.
func readProgramme(s *siteFlag, args []string, stderr io.Writer) (*programme.Programme, error) {
	var file, shown string
	switch len(args) {
	case 0:
		cfg, err := config.Load(os.DirFS(s.root()))
		if err != nil {
			return nil, err
		}
		file, shown = filepath.Join(s.root(), filepath.FromSlash(cfg.Programme)), cfg.Programme
	default: // one, as checkArgs holds it
		file, shown = args[0], filepath.ToSlash(args[0])
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, diag.Problem{File: shown, Msg: "không đọc được tệp văn bản chương trình; hãy kiểm tra đường dẫn"}
	}
	if src, err = textfile.Decode(shown, src); err != nil {
		return nil, err
	}
	p := programme.Parse(shown, src)
	for _, n := range p.Problems() {
		fmt.Fprintln(stderr, n)
	}
	return p, nil
}

// inspect prints the parsed programme as JSON (design §8).
func inspect(p *programme.Programme, stdout, stderr io.Writer) error {
	b, err := p.JSON()
	if err != nil {
		return err
	}
	stdout.Write(b)
	parts := 0
	for _, t := range p.Targets {
		parts += len(t.Parts)
	}
	fmt.Fprintf(stderr, "Đã đọc %d chỉ tiêu, %d chỉ số, %d nhóm nhiệm vụ.\n", len(p.Targets), parts, len(p.Tasks))
	return nil
}

// importDefinitions drafts data/indicators.toml from the programme text. A
// new file is written whole; an existing one only gains the indicators it
// lacks, appended after what staff wrote, and every difference on the
// others is reported, not applied.
func importDefinitions(root string, p *programme.Programme, stdout io.Writer) error {
	drafted := draft.Definitions(p)
	if len(drafted) == 0 {
		return diag.Problem{File: p.File, Msg: "văn bản không có chỉ số nào để nhập; không ghi gì"}
	}
	defsPath := filepath.Join(root, filepath.FromSlash(indicator.DefinitionsFile))
	var curated []indicator.Definition
	existing, err := os.ReadFile(defsPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		existing = []byte("# Định nghĩa các chỉ số, nháp từ " + p.File + " bằng go run ./generator import.\n# Hãy sửa tên (name), thêm cơ quan phụ trách (agency) và kiểm tra từng giá trị.\n")
	case err != nil:
		return err
	default:
		existing, err = textfile.Decode(indicator.DefinitionsFile, existing)
		if err == nil {
			_, curated, err = indicator.ParseDefinitions(existing)
		}
		if err != nil {
			return fmt.Errorf("%w\n\nHãy sửa %s trước khi nhập thêm; chưa ghi gì", err, indicator.DefinitionsFile)
		}
	}
	res, err := draft.Merge(curated, drafted)
	if err != nil {
		return err
	}
	for _, d := range res.Differences {
		fmt.Fprintln(stdout, "Khác:", d)
	}
	if len(res.Codes) == 0 {
		fmt.Fprintf(stdout, "%s đã có đủ %d chỉ số của văn bản; không thêm gì.\n", indicator.DefinitionsFile, len(drafted))
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(defsPath), 0o755); err != nil {
		return err
	}
	out := append(bytes.TrimRight(existing, "\n"), '\n')
	if err := os.WriteFile(defsPath, append(out, res.Added...), 0o644); err != nil {
		return err
	}
	sort.Strings(res.Codes)
	fmt.Fprintf(stdout, "Đã thêm %d chỉ số vào %s: %v\n", len(res.Codes), indicator.DefinitionsFile, res.Codes)
	for _, code := range res.Codes {
		csv := filepath.Join(root, "data", code+".csv")
		if _, err := os.Stat(csv); err == nil {
			continue
		}
		if err := os.WriteFile(csv, []byte(starter.CSVHeader), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "Đã tạo data/%s.csv (chưa có số liệu).\n", code)
	}
	return nil
}
