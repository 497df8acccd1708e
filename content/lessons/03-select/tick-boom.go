package main

import (
	"fmt"
	"time"
)

// At 500ms the tick and the boom are both ready: select may take
// the tick first, and then the boom.
// tour:also "BOOM!" => "tick.\nBOOM!"

func main() {
	tick := time.Tick(100 * time.Millisecond)  // every 100ms, forever
	boom := time.After(500 * time.Millisecond) // once, at 500ms

	for {
		select {
		case <-tick:
			fmt.Println("tick.")
		case <-boom:
			fmt.Println("BOOM!")
			return
		default:
			fmt.Println("    .")
			time.Sleep(50 * time.Millisecond)
		}
	}
}
