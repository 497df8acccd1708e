package main

import "fmt"

// The thermometer may only send readings, and close when done.
func thermometer(readings chan<- float64) {
	for _, celsius := range []float64{19.5, 20.25, 21} {
		readings <- celsius
	}
	close(readings)
}

// The display may only receive them.
func display(readings <-chan float64) {
	for celsius := range readings {
		fmt.Printf("now %v°C\n", celsius)
	}
	// close(readings) // invalid operation: cannot close receive-only channel
}

func main() {
	readings := make(chan float64) // both directions here...
	go thermometer(readings)       // ...send-only in the thermometer,
	display(readings)              // receive-only in the display.
}
