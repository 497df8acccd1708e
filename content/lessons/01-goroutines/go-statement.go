package main

import (
	"fmt"
	"time"
)

// With more than one P, the goroutine may print first.
// tour:compare unordered

func report(who string, value int) {
	fmt.Printf("%s sees value = %d\n", who, value)
}

func main() {
	value := 1

	// The arguments are evaluated here, by main: the goroutine gets 1.
	go report("goroutine", value)

	value = 2
	report("main", value)

	// Sleeping blocks main: the new goroutine gets its turn.
	time.Sleep(100 * time.Millisecond)
}
