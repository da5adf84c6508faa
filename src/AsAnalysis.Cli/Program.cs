Console.Error.WriteLine("usage: as-analysis validate <folder>");
return 1;
