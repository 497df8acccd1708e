// The `go/fmt` module: Go's package fmt.
export {
  errorf,
  print,
  printf,
  println,
  sprint,
  sprintf,
  sprintln,
} from "../fmt.ts";
