package main

import (
	"fmt"
	"time"
)

func ticker() {
	for step := 1; ; step++ {
		fmt.Printf("ticker: step %d\n", step)
		time.Sleep(30 * time.Millisecond)
	}
}

func main() {
	go ticker()

	time.Sleep(100 * time.Millisecond)
	fmt.Println("main: returning")
	// The ticker never stops, but the program ends here anyway.
}
